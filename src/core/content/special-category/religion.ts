/**
 * Religious or philosophical belief cues (Article 9). Rule chosen: festivals that are also public
 * holidays or shop seasons ("Christmas", "Easter") are NOT religion cues; faith-specific observances
 * (Ramadan, Eid, Diwali, Yom Kippur) are. "Church" and "faith" only in phrases: a meeting in a church
 * hall and "in good faith" say nothing about anyone's belief.
 */
export const RELIGION_PHRASES: readonly string[] = [
  "religion", "religions", "religious", "religious belief", "religious beliefs", "her faith", "his faith",
  "their faith", "faith community", "faith group", "faith leader", "of faith", "muslim", "muslims", "islam",
  "islamic", "christian", "christians", "christianity", "catholic", "catholics", "roman catholic", "protestant",
  "anglican", "methodist", "baptist", "evangelical", "pentecostal", "jehovah's witness", "jehovah's witnesses",
  "jehovahs witness", "mormon", "jewish", "jew", "jews", "judaism", "orthodox jewish", "hindu", "hindus",
  "hinduism", "sikh", "sikhs", "sikhism", "buddhist", "buddhism", "rastafarian", "pagan", "atheist", "agnostic",
  "humanist", "mosque", "madrassa", "madrasa", "synagogue", "gurdwara", "attends church",
  "attend church", "goes to church", "church leader", "church elder", "church family", "church community",
  "imam", "rabbi", "vicar", "priest", "pastor", "chaplain", "ramadan", "eid", "diwali", "vaisakhi", "yom kippur",
  "passover", "hanukkah", "halal", "kosher", "hijab", "niqab", "burqa", "turban", "prayer", "prayers", "praying",
  "pray", "prays", "quran", "koran", "bible", "torah", "baptised", "baptized", "baptism", "christened",
  "bar mitzvah", "bat mitzvah", "exorcism", "witchcraft", "spirit possession", "possessed by spirits",
  "belief in witchcraft", "philosophical belief", "philosophical beliefs", "vegan beliefs",
  "hindu temple", "sikh temple", "buddhist temple",
];
