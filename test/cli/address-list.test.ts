import { splitAddressList } from "../../src/cli/address-list";

describe("splitAddressList", () => {
  it.each([
    ["a@b.uk", ["a@b.uk"]],
    ["a@b.uk,c@d.uk", ["a@b.uk", "c@d.uk"]],
    ["a@b.uk; c@d.uk ,", ["a@b.uk", "c@d.uk"]],
    ['"Bloggs, Joe" <j@x.uk>, a@b.uk', ['"Bloggs, Joe" <j@x.uk>', "a@b.uk"]],
    ['"a \\" , b" <j@x.uk>', ['"a \\" , b" <j@x.uk>']],
    ["Name <a,b@x.uk>", ["Name <a,b@x.uk>"]],
    ["", []],
  ])("%s", (input, expected) => {
    expect(splitAddressList(input)).toEqual(expected);
  });
});
