import type { RecipientResult } from "../../core/check/result";

/** Props of {@link RecipientChip}: one recipient with its class, its reasons and the fixes offered. */
export interface RecipientChipProps {
  readonly recipient: Pick<RecipientResult, "address" | "field" | "class" | "reasons" | "displayName">;
  /** Remove this recipient from the draft (offered for recipients that are not a secure route). */
  readonly onRemove?: (() => void) | undefined;
  /** Replace this recipient with another (secure) address. */
  readonly onReplace?: ((address: string) => void) | undefined;
  /** Disable the fixes (while one is being applied). */
  readonly busy?: boolean;
}

/** How serious a class is, for its colour and icon. */
export type RecipientTone = "safe" | "caution" | "danger";

/** The state {@link renderRecipientChip} draws. */
export interface RecipientChipState {
  readonly address: string;
  readonly displayName: string | undefined;
  readonly fieldLabel: string;
  readonly classLabel: string;
  readonly tone: RecipientTone;
  readonly reasons: readonly string[];
  readonly canFix: boolean;
  readonly replacing: boolean;
  readonly replacement: string;
  readonly replacementValid: boolean;
  readonly busy: boolean;
  readonly ids: { readonly reasons: string; readonly replaceInput: string };
  readonly onRemove: (() => void) | undefined;
  readonly onStartReplace: () => void;
  readonly onCancelReplace: () => void;
  readonly onReplacementChange: (value: string) => void;
  readonly onConfirmReplace: () => void;
}
