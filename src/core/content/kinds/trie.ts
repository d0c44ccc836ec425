/**
 * A small word-level phrase trie: phrases are matched on lower-cased word tokens, longest match
 * first, so "in my professional opinion" wins over "in my" and each position costs a handful of
 * Map look-ups (phrases are at most a few words long).
 */
import type { Token } from "./tokens";

interface Node<E> {
  next: Map<string, Node<E>>;
  entry: E | undefined;
}

/** A phrase trie keyed on lower-cased words. */
export interface PhraseTrie<E> {
  root: Node<E>;
}

/** An empty trie. */
export function trieCreate<E>(): PhraseTrie<E> {
  return { root: { next: new Map(), entry: undefined } };
}

/** Add a phrase ("would benefit from"); words are split on spaces. A later add of the same phrase wins. */
export function trieAdd<E>(trie: PhraseTrie<E>, phrase: string, entry: E): void {
  let node = trie.root;
  for (const word of phrase.toLowerCase().split(" ")) {
    if (word === "") continue;
    let child = node.next.get(word);
    if (child === undefined) {
      child = { next: new Map(), entry: undefined };
      node.next.set(word, child);
    }
    node = child;
  }
  node.entry = entry;
}

/** The longest phrase match starting at word token `i`: its entry and the index one past its last token. */
export interface TrieMatch<E> {
  entry: E;
  end: number;
}

/**
 * Longest match at `i`. Only word tokens take part; a punctuation token ends the phrase, so
 * "said, nothing" is not "said nothing". Possessive tokens match their stem ("mum's" → "mum").
 */
export function trieMatch<E>(trie: PhraseTrie<E>, tokens: readonly Token[], i: number): TrieMatch<E> | undefined {
  let node = trie.root;
  let best: TrieMatch<E> | undefined;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (t === undefined || t.type !== "word") break;
    const child = node.next.get(t.lower);
    if (child === undefined) break;
    node = child;
    if (node.entry !== undefined) best = { entry: node.entry, end: j + 1 };
    if (t.poss) break; // a possessive ends a phrase: "mum's view" is not "mum view"
  }
  return best;
}
