/** The Teams share page's entry (a chat or channel tab). */
import { bootTeamsPage } from "../boot";
import { SHARE_PAGE_NEEDS } from "../needs";
import { SharePage } from "./SharePage";

void bootTeamsPage(SHARE_PAGE_NEEDS, (config, client) => (
  <SharePage config={config} client={client} newRecordId={() => crypto.randomUUID()} now={() => new Date()} />
));
