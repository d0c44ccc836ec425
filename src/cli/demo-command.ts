import { parseArgs } from "node:util";
import path from "node:path";
import { z } from "zod";
import { startDemoStack } from "../dev/demo/compose/demo-stack";
import { type CliIO, UsageError } from "./io";

export const DemoOptionsSchema = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The embedded local Graph-compatible server's port (0: any free port). */
  "graph-port": z.coerce.number().int().min(0).max(65535).default(0),
  /** Where the local Graph server keeps its data (the decision list), relative to the project. */
  data: z.string().min(1).default(".safeshare/demo-graph"),
});

/**
 * `safeshare demo`: serve the demo harness on loopback until interrupted (what `npm start` runs). It
 * starts the local Graph-compatible server embedded (its data in `--data`, default
 * `.safeshare/demo-graph`), provisions the decision list there, and serves the pages, with `/graph/*`
 * proxied to that server so the browser needs to trust no certificate.
 */
export async function runDemo(io: CliIO, argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { port: { type: "string" }, "graph-port": { type: "string" }, data: { type: "string" } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const options = DemoOptionsSchema.safeParse({ port: values.port ?? io.env.PORT, "graph-port": values["graph-port"], data: values.data });
  if (!options.success) throw new UsageError(options.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
  const root = path.resolve(__dirname, "../..");
  const demo = await startDemoStack({ root, port: options.data.port, graphPort: options.data["graph-port"], dataDir: options.data.data });
  io.stdout(`SafeShare demo harness: ${demo.url}\n`);
  io.stdout(`Outlook compose simulator: ${demo.composeUrl}\n`);
  io.stdout(`Local Graph-compatible server: ${demo.graph.url} (data in ${options.data.data}; development only)\n`);
  io.stdout("Everything runs on this machine; press Ctrl+C to stop.\n");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await demo.close();
  return 0;
}
