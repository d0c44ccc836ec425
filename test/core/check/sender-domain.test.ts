import { checkMessage, type CheckContext } from "../../../src/core/check/check-message";
import type { MessageInput } from "../../../src/core/check/message";
import { defaultPolicy } from "../../../src/core/policy/policy";

/**
 * When the caller asks for it (`senderDomainIsInternal`), the sender's own domain counts as internal. What
 * is inferred, and when nothing is: a wrong inference would let case content leave unchecked.
 */

const CASE_BODY = "Please see the referral for Amy, date of birth 03/04/2015, NHS number 943 476 5919.";

function classOf(from: string, to: string, context: Partial<CheckContext> = {}): string | undefined {
  const message: MessageInput = { from, to: [to], cc: [], bcc: [], subject: "Referral", body: CASE_BODY, html: false };
  return checkMessage(message, { policy: defaultPolicy(), senderDomainIsInternal: true, ...context }).recipients[0]?.class;
}

function verdictOf(from: string, to: string, context: Partial<CheckContext> = {}): string {
  const message: MessageInput = { from, to: [to], cc: [], bcc: [], subject: "Referral", body: CASE_BODY, html: false };
  return checkMessage(message, { policy: defaultPolicy(), senderDomainIsInternal: true, ...context }).verdict;
}

describe("the sender's domain as internal", () => {
  test.each([
    // [sender, recipient, account is organisational, expected class of the recipient]
    ["sam@hopetrust.org.uk", "kim@hopetrust.org.uk", false, "internal"],
    ["sam@hopetrust.org.uk", "kim@social.hopetrust.org.uk", false, "internal"],
    ["sam@hopetrust.org.uk", "kim@medwaytrust.org.uk", false, "unverified"],
    // A Microsoft 365 tenant's default domain: the tenant, never every tenant under onmicrosoft.com.
    ["sam@contoso.onmicrosoft.com", "kim@contoso.onmicrosoft.com", false, "internal"],
    ["sam@contoso.onmicrosoft.com", "kim@kent-gov.onmicrosoft.com", false, "unverified"],
    ["sam@contoso.onmicrosoft.com", "kim@kent-gov.onmicrosoft.com", true, "unverified"],
    // A webmail sender's provider is not an organisation: other users of it stay personal.
    ["sam@gmail.com", "kim@gmail.com", false, "personal"],
    ["sam@hotmail.co.uk", "kim@hotmail.co.uk", false, "personal"],
    // A shared secure domain is many organisations: NHSmail users are secure, not internal.
    ["sam@nhs.net", "kim@nhs.net", false, "secure"],
    ["sam@nhs.net", "kim@nhs.net", true, "secure"],
    ["sam@cjsm.net", "kim@cjsm.net", true, "secure"],
  ] as const)("from %s to %s (organisational account: %s) → %s", (from, to, organisational, expected) => {
    expect(classOf(from, to, { senderAccountIsOrganisational: organisational })).toBe(expected);
  });

  test("an organisational account's domain is internal even when a webmail list names it", () => {
    // The account type (Outlook: office365 / enterprise) is the better witness: a consumer domain cannot be
    // an organisation's accepted domain, while the webmail list also names ISPs' and firms' own domains.
    const listed = "btconnect.com";
    expect(classOf(`sam@${listed}`, `kim@${listed}`, { senderAccountIsOrganisational: false })).toBe("personal");
    expect(classOf(`sam@${listed}`, `kim@${listed}`, { senderAccountIsOrganisational: true })).toBe("internal");
  });

  test("the policy's own personal domains are never inferred, whatever the account says", () => {
    const policy = { ...defaultPolicy(), personalDomains: ["family-mail.org"] };
    expect(classOf("sam@family-mail.org", "kim@family-mail.org", { policy, senderAccountIsOrganisational: true })).toBe("personal");
  });

  test("nothing is inferred unless asked", () => {
    expect(classOf("sam@hopetrust.org.uk", "kim@hopetrust.org.uk", { senderDomainIsInternal: false })).toBe("unverified");
    expect(verdictOf("sam@hopetrust.org.uk", "kim@hopetrust.org.uk", { senderDomainIsInternal: false })).toBe("review");
    expect(verdictOf("sam@hopetrust.org.uk", "kim@hopetrust.org.uk")).toBe("pass");
  });

  test("case content to another tenant's onmicrosoft.com address is held", () => {
    expect(verdictOf("sam@contoso.onmicrosoft.com", "kim@kent-gov.onmicrosoft.com", { senderAccountIsOrganisational: true })).toBe("review");
  });

  test("a sender address that is only a public suffix adds nothing", () => {
    expect(classOf("sam@org.uk", "kim@hopetrust.org.uk")).toBe("unverified");
  });
});
