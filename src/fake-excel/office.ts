/** The `Office` global as the pane uses it: onReady, HostType, requirement sets. */

import { versionAtLeast } from "./context";
import { guard } from "./client-object";
import type { WorkbookModel } from "./workbook-model";

/** Office.js's runtime values are strings, although @types/office-js declares numeric enums. */
export const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

export interface FakeOfficeOptions {
  host?: string;
  platform?: string;
  displayLanguage?: string;
}

export function createOffice(model: WorkbookModel, options: FakeOfficeOptions): unknown {
  const info = { host: options.host ?? HostType.Excel, platform: options.platform ?? PlatformType.OfficeOnline };
  const requirements = guard(
    {
      isSetSupported: (name: string, minVersion?: string | number): boolean => versionAtLeast(model.requirements[name], minVersion),
    },
    () => "Office.context.requirements",
  );
  const context = guard(
    {
      requirements,
      host: info.host,
      platform: info.platform,
      displayLanguage: options.displayLanguage ?? "en-US",
      contentLanguage: options.displayLanguage ?? "en-US",
    },
    () => "Office.context",
  );
  const office = {
    HostType,
    PlatformType,
    context,
    /** Resolves at once with the host info, and calls the optional callback like Office.js. */
    onReady(callback?: (i: typeof info) => unknown): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
    initialize: undefined as unknown,
  };
  return guard(office, () => "Office");
}
