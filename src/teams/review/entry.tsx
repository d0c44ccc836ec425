/** The review page's entry: a Teams personal / channel tab, or the same page in a browser. */
import { bootTeamsPage } from "../boot";
import { REVIEW_PAGE_NEEDS } from "../needs";
import { ReviewPage } from "./ReviewPage";

void bootTeamsPage(REVIEW_PAGE_NEEDS, (config, client) => <ReviewPage config={config} client={client} now={() => new Date()} />, { browserToo: true });
