/**
 * Racial or ethnic origin cues (Article 9). Colour words only in census-style phrases: "Mr White" and
 * "black coat" are not ethnicity, "White British" and "Black Caribbean" are. Bare nationalities are not
 * listed (nationality is not special category), but "of Pakistani heritage" and the like are.
 */
export const ETHNICITY_PHRASES: readonly string[] = [
  "ethnicity", "ethnic", "ethnic origin", "ethnic background", "ethnic minority", "racial",
  "racially", "racism", "racist", "racially motivated", "mixed race", "mixed heritage", "dual heritage",
  "mixed ethnicity", "white british", "white english", "white scottish", "white welsh", "white irish",
  "white european", "white other", "white and black caribbean", "white and black african", "white and asian",
  "black british", "black african", "black caribbean", "black other", "black and minority ethnic", "=BAME",
  "=BME", "=GRT", "british asian", "asian british", "asian", "south asian", "east asian", "=Asian",
  "gypsy", "gypsies", "roma", "romany", "traveller community", "irish traveller", "traveller family",
  "gypsy roma traveller", "pakistani heritage", "indian heritage", "bangladeshi heritage",
  "african heritage", "caribbean heritage", "somali heritage", "of african descent", "of caribbean descent",
  "of asian descent", "afro caribbean", "arab", "kurdish", "chinese heritage",
  "skin colour", "colour of her skin", "colour of his skin", "colour of their skin",
  "race hate", "his race", "her race", "their race", "racial abuse",
];
