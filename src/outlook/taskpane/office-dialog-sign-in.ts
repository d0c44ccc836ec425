/**
 * The Office dialog API as the sign-in window for Outlook without nested app authentication
 * (`Office.context.ui.displayDialogAsync`, requirement set DialogApi 1.1; Microsoft: "Use the Office dialog
 * API in Office Add-ins", "Handle errors and events in the Office dialog box").
 *
 * The dialog opens SafeShare's sign-in page (same origin as the pane: Office refuses another, 12004), which
 * answers with `Office.context.ui.messageParent`; the pane closes the dialog on the answer. Each error code
 * Microsoft documents is turned into a sentence a practitioner can act on.
 */
import { SignInWindowError, type OpenSignInWindow } from "../../store";

/** The parts of Office's AsyncResult the dialog API hands back. */
interface DialogAsyncResult {
  status: "succeeded" | "failed" | string;
  value?: OfficeDialogLike;
  error?: { code: number; message?: string };
}

/** The parts of `Office.Dialog` used (a fake in tests). */
export interface OfficeDialogLike {
  addEventHandler(eventType: string, handler: (arg: { message?: string; origin?: string; error?: number }) => void): void;
  close(): void;
}

/** The parts of `Office.context.ui` used. */
export interface OfficeDialogUi {
  displayDialogAsync(startAddress: string, options: { height: number; width: number; promptBeforeOpen?: boolean }, callback: (result: DialogAsyncResult) => void): void;
}

/** `Office.EventType` values (strings in Office.js), so this file needs no Office global. */
const DIALOG_MESSAGE_RECEIVED = "dialogMessageReceived";
const DIALOG_EVENT_RECEIVED = "dialogEventReceived";

/** What each documented displayDialogAsync error means for the practitioner. */
const OPEN_ERRORS: Record<number, string> = {
  12004: "Office refused to open SafeShare's sign-in window: it is not on the add-in's own domain. Tell your SafeShare administrator (the sign-in page must be served with the task pane).",
  12005: "Office refused to open SafeShare's sign-in window: it is not served over HTTPS. Tell your SafeShare administrator.",
  12007: "A SafeShare window is already open. Finish or close it, then try again.",
  12009: "The sign-in window was not allowed to open. Choose Allow when Office asks, then try again.",
  12011: "Your browser blocked SafeShare's sign-in window. Allow pop-ups for Outlook on the web, or use another browser, then try again.",
};

/** What each documented event inside the dialog means. */
const EVENT_ERRORS: Record<number, string> = {
  12002: "SafeShare's sign-in page could not be loaded. Check your connection, then try again; if it keeps happening, tell your SafeShare administrator.",
  12003: "SafeShare's sign-in page went to an address that is not HTTPS, so Office closed it. Tell your SafeShare administrator.",
  12006: "The sign-in window was closed before sign-in finished. Sign in to record your decision.",
};

/**
 * Open the sign-in page in an Office dialog and resolve with its one message. Only a message from the
 * pane's own origin is taken (DialogOrigin 1.1 reports it; older clients do not, and the dialog's first page
 * is then the only one Office lets call messageParent without a target origin).
 */
export function officeDialogSignIn(ui: OfficeDialogUi, expectedOrigin: string): OpenSignInWindow {
  return (url) =>
    new Promise<string>((resolve, reject) => {
      ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
        if (result.status !== "succeeded" || !result.value) {
          const code = result.error?.code ?? 0;
          reject(new SignInWindowError(OPEN_ERRORS[code] ?? `Office could not open SafeShare's sign-in window (error ${code}).`));
          return;
        }
        const dialog = result.value;
        let settled = false;
        const finish = (fn: () => void): void => {
          if (settled) return;
          settled = true;
          try {
            dialog.close();
          } catch {
            // Already closed by the user: nothing to do.
          }
          fn();
        };
        dialog.addEventHandler(DIALOG_MESSAGE_RECEIVED, (arg) => {
          if (arg.origin !== undefined && arg.origin !== expectedOrigin) return;
          if (typeof arg.message !== "string") return;
          const message = arg.message;
          finish(() => resolve(message));
        });
        dialog.addEventHandler(DIALOG_EVENT_RECEIVED, (arg) => {
          const code = arg.error ?? 0;
          finish(() => reject(new SignInWindowError(EVENT_ERRORS[code] ?? `SafeShare's sign-in window stopped (error ${code}).`)));
        });
      });
    });
}
