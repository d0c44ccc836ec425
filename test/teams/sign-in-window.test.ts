import { teamsWindowSignIn } from "../../src/teams/sign-in-window";

describe("Teams sign-in window", () => {
  it("opens the page through Teams and passes back its answer", async () => {
    const calls: unknown[] = [];
    const open = teamsWindowSignIn({ authenticate: async (p) => (calls.push(p), "answer") });
    expect(await open("https://safeshare.contoso.gov.uk/sign-in-teams.html?x=1")).toBe("answer");
    expect(calls).toEqual([{ url: "https://safeshare.contoso.gov.uk/sign-in-teams.html?x=1", width: 600, height: 535 }]);
  });

  it("says the window was closed when the user cancels, and something plain otherwise", async () => {
    await expect(teamsWindowSignIn({ authenticate: () => Promise.reject(new Error("CancelledByUser")) })("https://a.example/")).rejects.toThrow(/closed before sign-in finished/);
    await expect(teamsWindowSignIn({ authenticate: () => Promise.reject(new Error("FailedToOpenWindow")) })("https://a.example/")).rejects.toThrow(/could not complete sign-in/);
  });
});
