import path from "node:path";
import { Linter } from "eslint";

/** The layer rule is an error and a file no rule maps fails: checked by linting source text as if it lived at a path. */
const root = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own flat config, CommonJS on purpose
const config = require("../../eslint.config.cjs") as Linter.Config[];
const linter = new Linter({ cwd: root, configType: "flat" });

async function messagesFor(file: string, code: string): Promise<string[]> {
  return linter.verify(code, config, { filename: path.join(root, file) }).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layering rule", () => {
  it.each([
    ["src/core/x.ts", 'import fs from "node:fs"; export const a = fs;', /Node built-in/],
    ["src/core/x.ts", 'import React from "react"; export const a = React;', /pure, platform-free/],
    ["src/core/x.ts", 'import { UsageError } from "../cli/io"; export const a = UsageError;', /core layer may not import the cli layer/],
    ["src/core/x.ts", "export const a = Date.now();", /no Date.now/],
    ["src/core/x.ts", "export const a = new Date();", /no new Date/],
    ["src/core/x.ts", "export const a = typeof window;", /no 'window'/],
    ["src/core/x.ts", "export const a = fetch;", /no 'fetch'/],
    ["src/store/x.ts", 'import { a } from "../ui/y"; export const b = a;', /store layer may not import the ui layer/],
    ["src/ui/x.ts", 'import fs from "node:fs"; export const a = fs;', /Node built-in/],
    ["src/nowhere/x.ts", "export const a = 1;", /in no SafeShare layer/],
  ])("%s: %s is refused", async (file, code, expected) => {
    const messages = await messagesFor(file, code);
    expect(messages.join("\n")).toMatch(expected);
  });

  it.each([
    ["src/core/x.ts", 'import { z } from "zod"; import { parse } from "tldts"; export const a = [z, parse];'],
    ["src/core/x.ts", 'import punycode from "punycode/"; export const a = punycode;'],
    ["src/core/x.ts", "export const a = new Date(0);"],
    ["src/cli/x.ts", 'import fs from "node:fs"; import { z } from "zod"; export const a = [fs, z];'],
    ["src/store/x.ts", 'import { z } from "zod"; export const a = z;'],
  ])("%s: %s is allowed", async (file, code) => {
    expect(await messagesFor(file, code)).toEqual([]);
  });
});
