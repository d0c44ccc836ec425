import { MAX_WINDOW, windowIndexAt, windowsOf } from "../../../../src/core/content/people/windows";

const texts = (t: string): string[] => windowsOf(t).map((w) => t.slice(w.start, w.end));

describe("windows", () => {
  it("ends a window at a full stop, question or exclamation mark before a space, and at every line break", () => {
    expect(texts("Tyler is 14. He is missing!\nCall me? Thanks")).toEqual(["Tyler is 14.", "He is missing!", "Call me?", "Thanks"]);
  });

  it("keeps a title or an initial with the name after it", () => {
    expect(texts("Mr. Kemp rang. J. Smith came too.")).toEqual(["Mr. Kemp rang.", "J. Smith came too."]);
  });

  it("keeps decimals and addresses whole", () => {
    expect(texts("He weighed 4.1 kg at jo@x.org.uk today.")).toEqual(["He weighed 4.1 kg at jo@x.org.uk today."]);
  });

  it("never makes a window longer than MAX_WINDOW, so a hostile line costs what short sentences do", () => {
    const line = "word ".repeat(20000);
    const windows = windowsOf(line);
    expect(windows.every((w) => w.end - w.start <= MAX_WINDOW + 1)).toBe(true);
    expect(windows.length).toBeGreaterThan(200);
  });

  it("finds the window holding an offset", () => {
    const t = "One. Two. Three.";
    const windows = windowsOf(t);
    expect(windowIndexAt(windows, t.indexOf("Two"))).toBe(1);
    expect(windowIndexAt(windows, t.length + 5)).toBe(-1);
  });
});
