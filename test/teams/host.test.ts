import { detectHost, OUTSIDE_TEAMS_MESSAGE, signInModeFor, type TeamsSdk } from "../../src/teams/host";

const never = (): Promise<void> => new Promise(() => undefined);
const sdk = (init: () => Promise<void>): (() => Promise<TeamsSdk>) => async () => ({ initialize: init, getContext: async () => ({ chatId: "19:chat" }) });

describe("detectHost", () => {
  it("says outside Teams at once for a top-level page, without loading teams-js", async () => {
    const load = jest.fn(sdk(never));
    const r = await detectHost({ isTopLevel: true, hasNativeInterface: false, search: "" }, load);
    expect(r).toEqual({ kind: "outside-teams", reason: "top-level", message: OUTSIDE_TEAMS_MESSAGE });
    expect(load).not.toHaveBeenCalled();
  });

  it("is the demo harness when the page says so, without loading teams-js", async () => {
    const load = jest.fn(sdk(never));
    expect(await detectHost({ isTopLevel: false, hasNativeInterface: false, search: "?host=demo&as=a@b.c" }, load)).toEqual({ kind: "demo" });
    expect(load).not.toHaveBeenCalled();
  });

  it("does not wait teams-js's 60 s in a foreign frame: a short time limit decides", async () => {
    let slept = 0;
    const r = await detectHost({ isTopLevel: false, hasNativeInterface: false, search: "" }, sdk(never), { timeoutMs: 5000, sleep: async (ms) => void (slept = ms) });
    expect(slept).toBe(5000);
    expect(r.kind).toBe("outside-teams");
    expect(r.kind === "outside-teams" && r.reason).toBe("no-answer");
  });

  it("uses Teams when initialisation answers; the context is only a hint", async () => {
    const r = await detectHost({ isTopLevel: false, hasNativeInterface: false, search: "" }, sdk(async () => undefined), { sleep: never });
    expect(r).toEqual({ kind: "teams", hint: { chatId: "19:chat" } });
  });

  it("treats a rejected initialisation as outside Teams, and Teams mobile's top-level webview as maybe Teams", async () => {
    expect((await detectHost({ isTopLevel: false, hasNativeInterface: false, search: "" }, sdk(() => Promise.reject(new Error("No Parent window found"))), { sleep: never })).kind).toBe("outside-teams");
    expect((await detectHost({ isTopLevel: true, hasNativeInterface: true, search: "" }, sdk(async () => undefined), { sleep: never })).kind).toBe("teams");
  });
});

describe("sign-in mode in Teams", () => {
  it("uses nested app authentication unless the client says it is not recommended", () => {
    expect(signInModeFor({ naaRecommended: true })).toBe("nested");
    expect(signInModeFor({})).toBe("nested");
    expect(signInModeFor({ naaRecommended: false })).toBe("teams-window");
  });
});
