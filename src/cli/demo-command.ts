import { parseArgs } from "node:util";
import path from "node:path";
import { z } from "zod";
import { startDemoServer } from "../dev/demo/demo-server";
import { type CliIO, UsageError } from "./io";

export const DemoOptionsSchema = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
});

/** `safeshare demo`: serve the demo harness on loopback until interrupted (what `npm start` runs). */
export async function runDemo(io: CliIO, argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { port: { type: "string" } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const options = DemoOptionsSchema.safeParse({ port: values.port ?? io.env.PORT });
  if (!options.success) throw new UsageError(`--port: ${options.error.issues[0]?.message}`);
  const root = path.resolve(__dirname, "../..");
  const demo = await startDemoServer({ root, port: options.data.port });
  io.stdout(`SafeShare demo harness: ${demo.url}\n`);
  io.stdout("Everything runs on this machine; press Ctrl+C to stop.\n");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await demo.close();
  return 0;
}
