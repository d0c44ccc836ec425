/**
 * A fake `Office.context.ui` as strict as Microsoft documents it ("Use the Office dialog API", "Handle
 * errors and events in the Office dialog box"): the dialog's start address must be HTTPS (12005) and on the
 * host page's own origin (12004); one dialog at a time per host window (12007); a dialog closed by the user
 * raises DialogEventReceived 12006; the page's messageParent arrives as DialogMessageReceived with its
 * origin (DialogOrigin 1.1). The "page" is a script: given the dialog's address, what it does.
 */
import type { OfficeDialogLike, OfficeDialogUi } from "../../src/outlook/taskpane/office-dialog-sign-in";

export type DialogPageScript = (url: URL, page: { messageParent(message: string, origin?: string): void; userCloses(): void; failsToLoad(): void }) => void;

export interface FakeOfficeDialogUi extends OfficeDialogUi {
  readonly opened: string[];
  readonly closedByAdd: number;
  /** Pretend Office on the web's prompt was ignored (12009) or the browser blocked it (12011). */
  refuseWith?: number;
}

export function fakeOfficeDialogUi(hostPage: string, script: DialogPageScript): FakeOfficeDialogUi {
  const host = new URL(hostPage);
  let open = false;
  const ui: FakeOfficeDialogUi & { closedByAdd: number } = {
    opened: [],
    closedByAdd: 0,
    displayDialogAsync(startAddress, options, callback) {
      if (!(options.height > 0 && options.height <= 100 && options.width > 0 && options.width <= 100)) throw new RangeError("height and width are percentages of the screen (1–100)");
      const fail = (code: number) => setTimeout(() => callback({ status: "failed", error: { code, message: `error ${code}` } }), 0);
      const url = new URL(startAddress);
      if (url.protocol !== "https:") return fail(12005);
      if (url.origin !== host.origin) return fail(12004);
      if (open) return fail(12007);
      if (ui.refuseWith !== undefined) return fail(ui.refuseWith);
      open = true;
      ui.opened.push(startAddress);
      const handlers = new Map<string, ((arg: { message?: string; origin?: string; error?: number }) => void)[]>();
      const emit = (type: string, arg: { message?: string; origin?: string; error?: number }) => {
        if (!open) return;
        for (const h of handlers.get(type) ?? []) h(arg);
      };
      const dialog: OfficeDialogLike = {
        addEventHandler(type, handler) {
          if (type !== "dialogMessageReceived" && type !== "dialogEventReceived") throw new RangeError(`not an Office.EventType for a dialog: ${type}`);
          handlers.set(type, [...(handlers.get(type) ?? []), handler]);
        },
        close() {
          if (open) ui.closedByAdd++;
          open = false;
        },
      };
      setTimeout(() => {
        callback({ status: "succeeded", value: dialog });
        setTimeout(
          () =>
            script(url, {
              messageParent: (message, origin = url.origin) => emit("dialogMessageReceived", { message, origin }),
              userCloses: () => {
                emit("dialogEventReceived", { error: 12006 });
                open = false;
              },
              failsToLoad: () => emit("dialogEventReceived", { error: 12002 }),
            }),
          0,
        );
      }, 0);
    },
  };
  return ui;
}
