/** The review page's entry: a Teams personal / channel tab, or the same page in a browser. */
import { bootTeamsPage } from "../boot";
import { ReviewPage } from "./ReviewPage";

void bootTeamsPage(["decision-log", "teams-chat-members"], (config, client) => <ReviewPage config={config} client={client} now={() => new Date()} />, { browserToo: true });
