import { PaneConfigSchema, paneListName } from "../../../src/outlook/taskpane/start-pane";

describe("which decision list the pane writes to", () => {
  const base = { siteUrl: "https://contoso.sharepoint.com/sites/safeguarding", auth: { kind: "static", token: "dev" } } as const;
  it.each([
    [{}, "SafeShare decisions"],
    [{ team: "North" }, "SafeShare decisions"],
    [{ team: "North", perTeamLists: true }, "SafeShare decisions - North"],
    [{ team: "North", perTeamLists: true, listName: "Pilot log" }, "Pilot log"],
  ])("%j → %s", (extra, expected) => {
    const config = PaneConfigSchema.parse({ ...base, ...extra });
    expect(paneListName(config, config.team)).toBe(expected);
  });
});
