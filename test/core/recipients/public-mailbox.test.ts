import { isPublicMailbox } from "../../../src/core/recipients/public-mailbox";

describe("isPublicMailbox: a member of the public's own mailbox at a common webmail provider", () => {
  it.each(["jordan.ellis2005@outlook.com", "bev.tanner62@hotmail.co.uk", "Kim <kim@gmail.com>", "a@btinternet.com", "a@live.co.uk"])("%s", (address) => {
    expect(isPublicMailbox(address)).toBe(true);
  });

  it.each([
    "sarah.jones@hertfordshire.gov.uk",
    "dsl@oakfield-primary.org.uk",
    "no-at-sign",
    // On the full provider list, but not one of the common families the on-send handler carries.
    "someone@airpost.net",
  ])("not %s", (address) => {
    expect(isPublicMailbox(address)).toBe(false);
  });
});
