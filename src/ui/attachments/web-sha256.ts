/** SHA-256 as lowercase hex with the browser's WebCrypto (far faster than the core's pure one on big files). */
export async function webCryptoSha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
