/**
 * `sign-in-office.html`: the sign-in page in an Office dialog (Outlook without nested app authentication).
 * It answers the task pane with `Office.context.ui.messageParent` (taskpane/office-dialog-sign-in.ts listens).
 */
import { runSignInPageHere } from "../../store/auth/sign-in-page";

declare const Office: { onReady(): Promise<unknown>; context: { ui: { messageParent(message: string): void } } };

void Office.onReady().then(() => runSignInPageHere((message) => Office.context.ui.messageParent(message)));
