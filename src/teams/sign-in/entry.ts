/**
 * `sign-in-teams.html`: the sign-in page in Teams' authentication window (`authentication.authenticate`),
 * for Teams clients that do not recommend nested app authentication. It answers with
 * `authentication.notifySuccess` (a string: the validated JSON message of store/auth/sign-in-window.ts).
 */
import { runSignInPageHere } from "../../store/auth/sign-in-page";

void import("@microsoft/teams-js").then(async ({ app, authentication }) => {
  await app.initialize();
  await runSignInPageHere((message) => authentication.notifySuccess(message));
});
