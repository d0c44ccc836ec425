/**
 * The configuration page of SafeShare's chat / channel tab. Teams shows it when the tab is added; there is
 * nothing to choose (the share page reads the chat or channel it is in), so it says what the tab does,
 * marks the configuration valid, and on Save points the tab at the share page.
 */
import { app, pages } from "@microsoft/teams-js";
import { shareTabConfig } from "./tab-config";

async function start(): Promise<void> {
  const status = document.getElementById("status");
  try {
    await app.initialize();
  } catch {
    if (status) status.textContent = "Open this page from Teams, when you add the SafeShare tab to a chat or channel.";
    return;
  }
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config.setConfig(shareTabConfig(window.location.origin, window.location.search)).then(
      () => saveEvent.notifySuccess(),
      (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : "SafeShare could not save the tab."),
    );
  });
  pages.config.setValidityState(true);
  app.notifySuccess();
}

void start();
