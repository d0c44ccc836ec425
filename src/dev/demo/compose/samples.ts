/** Sample messages for the compose simulator: load one, press Send, see what SafeShare does. */
export interface SampleMessage {
  readonly id: string;
  readonly label: string;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
  /** Files attached: the name shown, and which fictional file in assets/samples it is. */
  readonly attachments?: readonly { readonly name: string; readonly sample: string }[];
}

export const DEMO_SENDER = "sam.jones@hertfordshire.gov.uk";

export const SAMPLES: readonly SampleMessage[] = [
  {
    id: "risky",
    label: "Risky: to a personal address, an unmarked opinion and an NHS number",
    to: "Chloe's mum <chloe.mum@gmail.com>",
    cc: "",
    bcc: "",
    subject: "Chloe - visit on Monday",
    body: [
      "Hello,",
      "",
      "I visited Chloe at home on Monday at 16:10. Her NHS number is 943 476 5919.",
      "The kitchen had no food in the fridge.",
      "Her explanation for the bruise is not plausible.",
      "",
      "Kind regards",
      "Sam Jones",
      "Social Worker, Children's Services",
    ].join("\n"),
  },
  {
    id: "internal",
    label: "Plain internal note (sends with no prompt)",
    to: "Priya Shah <priya.shah@hertfordshire.gov.uk>",
    cc: "",
    bcc: "",
    subject: "Team meeting",
    body: "Hi Priya,\n\nThe team meeting has moved to 3pm on Thursday in room 2.\n\nThanks\nSam",
  },
  {
    id: "police",
    label: "Referral to the police (secure), with a date of birth and an acronym",
    to: "MASH Police <mash.referrals@hertfordshire.police.uk>",
    cc: "",
    bcc: "",
    subject: "Referral: Jack T",
    body: [
      "Dear colleague,",
      "",
      "Jack (DOB 04/02/2012) told his teacher that his stepfather hit him with a belt on Sunday.",
      "I saw a linear bruise on his left forearm this morning.",
      "CAMHS have been working with Jack since March.",
      "",
      "Sam Jones",
    ].join("\n"),
  },
  {
    id: "consent",
    label: "With consent: an early help request Mum agreed to, to the health visiting team (NHSmail)",
    to: "Health Visiting North <hv.north@nhs.net>",
    cc: "",
    bcc: "",
    subject: "Early help request - support for Mum",
    body: [
      "Hello,",
      "",
      "Mum (Sarah Evans) has asked for help with feeding and sleep for her daughter Lily, who is 14 months old.",
      "She signed our consent form today agreeing to this request being shared with your team.",
      "Could a health visitor contact her this week?",
      "",
      "Thanks,",
      "Sam",
    ].join("\n"),
  },
  {
    id: "attachment",
    label: "Only the file says who it is about: 'Please see attached' to a school",
    to: "Office <office@oakfield-primary.org.uk>",
    cc: "",
    bcc: "",
    subject: "Documents for Thursday",
    body: "Hi,\n\nPlease see attached ahead of Thursday.\n\nThanks\nSam",
    attachments: [{ name: "Safety plan - O Kemp.docx", sample: "safety-plan-o-kemp.docx" }],
  },
  {
    id: "referral",
    label: "Attachments: a referral form, to a school",
    to: "Mrs Patel <dsl@oakfield-primary.org.uk>",
    cc: "",
    bcc: "",
    subject: "Referral for Thursday's strategy meeting",
    body: "Hi Mrs Patel,\n\nPlease find attached the referral form for Maisie Thornton ahead of Thursday's strategy meeting.\n\nThanks\nSam",
    attachments: [
      { name: "referral.docx", sample: "referral.docx" },
    ],
  },
  {
    id: "wrong-file",
    label: "The wrong attachment: Alfie's plan promised to his school, another child's referral attached",
    to: "Mrs Patel <dsl@oakfield-primary.org.uk>",
    cc: "",
    bcc: "",
    subject: "Alfie Turner - safety plan for Thursday",
    body: "Hi Mrs Patel,\n\nPlease find attached Alfie Turner's safety plan for Thursday's core group.\n\nThanks\nSam",
    attachments: [{ name: "Referral form.docx", sample: "referral.docx" }],
  },
  {
    id: "carer",
    label: "No safeguarding words: a child's weekend, to a foster carer's gmail",
    to: "Jo Kettering <jokettering71@gmail.com>",
    cc: "",
    bcc: "",
    subject: "Saturday",
    body: [
      "Hi Jo,",
      "",
      "Just a heads up before the weekend - Mum rang this afternoon and has cancelled Saturday again, she said she's not well.",
      "Please don't say anything to Amelia yet. Her social worker wants to tell her herself on Friday after school.",
      "",
      "I'll ring you Thursday.",
      "Sam",
    ].join("\n"),
  },
  {
    id: "chronology",
    label: "Long: a chronology that repeats itself, replying to an email with an NHS number",
    to: "Duty Desk <duty.desk@met.police.uk>",
    cc: "",
    bcc: "",
    subject: "RE: Kayden Price - chronology for the strategy discussion",
    body: [
      "Hi,",
      "",
      "Chronology for Kayden Price (7) since the referral, as asked:",
      ...[
        ["3 March", "Mum appeared drunk when I arrived at 10:00."],
        ["5 March", "Kayden appeared hungry and asked for toast at breakfast club."],
        ["9 March", "Mum appeared drunk at the school gate."],
        ["12 March", "The flat appeared cold; the heating was off."],
        ["16 March", "Mum appeared drunk during the core group."],
        ["19 March", "Kayden appeared tired and fell asleep in class."],
        ["23 March", "Mum appeared drunk when collecting Kayden."],
        ["26 March", "The flat appeared untidy, with bags of rubbish in the hall."],
      ].map(([day, what]) => `${day}: ${what}`),
      "",
      "Sam",
      "",
      "-----Original Message-----",
      "From: Duty Desk <duty.desk@met.police.uk>",
      "Sent: 02 April 2026 09:12",
      "Subject: Kayden Price - chronology for the strategy discussion",
      "",
      "Please send your chronology for Kayden (NHS number 943 476 5919) before Thursday's strategy discussion.",
    ].join("\n"),
  },
  {
    id: "bulletin",
    label: "Ordinary: a training bulletin full of safeguarding words (sends with no prompt)",
    to: "DSL network <dsl.network@hertsscp.org.uk>",
    cc: "",
    bcc: "",
    subject: "Training: domestic abuse, exploitation and neglect - places left",
    body: [
      "Dear colleagues,",
      "",
      "There are places left on next month's multi-agency training on domestic abuse and coercive control,",
      "child criminal exploitation and county lines, and recognising neglect.",
      "The draft guidance on responding to self-harm is also out for consultation until 30 May.",
      "",
      "Thanks",
      "Sam Jones",
    ].join("\n"),
  },
];
