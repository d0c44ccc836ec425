/**
 * Durability: a server in a child process is killed with SIGKILL in the middle of a stream of appends;
 * after a restart on the same data directory every acknowledged (201) item is there.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { call, createDecisionList, SITE_PATH, tempDir } from "./helpers";

const ROOT = join(__dirname, "..", "..", "..");
const MAIN = join(ROOT, "src", "dev", "graph-server-main.ts");

interface Child {
  proc: ChildProcess;
  server: { url: string; caPem: string };
}

function startChild(dataDir: string): Promise<Child> {
  const proc = spawn(process.execPath, ["--import", "tsx", MAIN, "--port", "0", "--data", dataDir, "--quiet"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`graph-server did not start: ${err}`)), 20_000);
    proc.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    proc.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /graph-server listening (\S+) ca=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, server: { url: m[1] as string, caPem: readFileSync(m[2] as string, "utf8") } });
      }
    });
    proc.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`graph-server exited (${String(code)}): ${err}`));
    });
  });
}

function exited(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once("exit", () => resolve());
  });
}

describe("local Graph server durability", () => {
  it("keeps every acknowledged item after kill -9 mid-stream", async () => {
    const dir = tempDir();
    let child = await startChild(dir.path);
    try {
      const site = await call(child.server, "GET", SITE_PATH);
      const siteId = site.body.id as string;
      const listId = await createDecisionList(child.server, siteId);
      const items = `/sites/${siteId}/lists/${listId}/items`;

      const acknowledged: string[] = [];
      let next = 0;
      let killed = false;
      const worker = async (): Promise<void> => {
        while (!killed) {
          const recordId = `kill-${next++}`;
          try {
            const r = await call(child.server, "POST", items, { body: { fields: { RecordId: recordId, Team: "Durable" } } });
            if (r.status === 201) acknowledged.push(recordId);
          } catch {
            return; // connection lost: outcome unknown
          }
          if (acknowledged.length >= 150 && !killed) {
            killed = true;
            child.proc.kill("SIGKILL");
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, () => worker()));
      await exited(child.proc);
      expect(child.proc.signalCode).toBe("SIGKILL");
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);

      child = await startChild(dir.path);
      const stored = new Set<string>();
      let url: string | undefined = `${items}?$expand=fields($select=RecordId)&$top=100`;
      while (url) {
        const r = await call(child.server, "GET", url);
        for (const it of r.body.value as { fields: { RecordId: string } }[]) stored.add(it.fields.RecordId);
        url = r.body["@odata.nextLink"] as string | undefined;
      }
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
    } finally {
      child.proc.kill("SIGTERM");
      await exited(child.proc);
      dir.remove();
    }
  }, 60_000);
});
