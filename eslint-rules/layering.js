// @ts-check
/**
 * SafeShare's layer rule (after VS Code's code-layering): every file under src/ belongs to exactly one
 * layer, named by its first folder; a layer may import only the layers listed for it, and core may import
 * only pure, platform-free packages. A file no rule maps fails lint, so a new folder must be placed in
 * the matrix on purpose.
 */
"use strict";
const path = require("node:path");
const { builtinModules } = require("node:module");

/** Which layers each layer may import (besides itself). Dependencies point inward, to core. */
const LAYERS = {
  core: [],
  store: ["core"],
  ui: ["core", "store"],
  outlook: ["core", "store", "ui"],
  teams: ["core", "store", "ui"],
  dev: ["core", "store"],
  cli: ["core", "store", "dev"],
};

/** The only packages core may import: pure, platform-free libraries. */
const CORE_PACKAGES = new Set([
  "zod",
  "tldts",
  "email-addresses",
  "email-providers",
  "punycode",
  "unicode-confusables",
  "fflate",
  "saxes",
  "postal-mime",
  "@noble/hashes",
]);

/** Layers that run in a browser or an Office / Teams host: no Node built-ins there. */
const HOSTED_LAYERS = new Set(["core", "ui", "outlook", "teams"]);

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Package name of a bare import (`@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`). */
function packageName(spec) {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function layerOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep)[0];
}

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "Enforce SafeShare's layers: imports point inward, core stays pure." },
    schema: [],
    messages: {
      unmapped: "'{{file}}' is in no SafeShare layer: add its folder to eslint-rules/layering.js on purpose.",
      layer: "The {{from}} layer may not import the {{to}} layer (allowed: {{allowed}}).",
      corePackage: "core may import only pure, platform-free packages; '{{pkg}}' is not one of them.",
      builtin: "The {{from}} layer runs in a browser or Office host: no Node built-in '{{pkg}}'.",
    },
  },
  create(context) {
    const file = context.filename;
    const srcRoot = path.resolve(context.cwd, "src");
    const layer = layerOf(file, srcRoot);
    if (layer === undefined) return {}; // tests, bench, config: not layered
    const allowed = LAYERS[layer];
    const check = (node, spec) => {
      if (typeof spec !== "string") return;
      if (spec.startsWith(".")) {
        const target = layerOf(path.resolve(path.dirname(file), spec), srcRoot);
        if (target === undefined || target === layer) return;
        if (!allowed.includes(target)) {
          context.report({ node, messageId: "layer", data: { from: layer, to: target, allowed: allowed.join(", ") || "none" } });
        }
        return;
      }
      if (NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split("/")[0])) {
        if (HOSTED_LAYERS.has(layer) && !spec.endsWith("/")) {
          context.report({ node, messageId: "builtin", data: { from: layer, pkg: spec } });
        }
        if (layer !== "core") return;
      }
      if (layer === "core" && !CORE_PACKAGES.has(packageName(spec))) {
        context.report({ node, messageId: "corePackage", data: { pkg: spec } });
      }
    };
    return {
      Program(node) {
        if (!allowed) context.report({ node, messageId: "unmapped", data: { file: path.relative(context.cwd, file) } });
      },
      ImportDeclaration(node) { check(node, node.source.value); },
      ExportNamedDeclaration(node) { if (node.source) check(node, node.source.value); },
      ExportAllDeclaration(node) { check(node, node.source.value); },
      ImportExpression(node) { if (node.source.type === "Literal") check(node, node.source.value); },
      CallExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments[0]?.type === "Literal") {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
