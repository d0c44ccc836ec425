/** The Teams share page's entry (tab and dialog). */
import { bootTeamsPage } from "../boot";
import { SharePage } from "./SharePage";

void bootTeamsPage(["decision-log", "teams-chat-members", "teams-chat-post", "teams-channel-post"], (config, client) => (
  <SharePage config={config} client={client} newRecordId={() => crypto.randomUUID()} now={() => new Date()} />
));
