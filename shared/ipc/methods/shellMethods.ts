import { z } from 'zod';
import { NoRequest, NoticeSchema, SaveStateSchema, SettingsViewSchema, ShellInfoSchema } from '../schemas';

/** The shell's methods: OS facts, settings, and the save state main needs on close. */
export const shellMethods = {
  getShellInfo: { kind: 'invoke', request: NoRequest, response: ShellInfoSchema },
  getSettings: { kind: 'invoke', request: NoRequest, response: z.object({ settings: SettingsViewSchema, notices: z.array(NoticeSchema) }) },
  updateSettings: { kind: 'invoke', request: SettingsViewSchema.partial().strict(), response: SettingsViewSchema },
  reportSaveState: { kind: 'invoke', request: SaveStateSchema, response: z.null() },
} as const;
