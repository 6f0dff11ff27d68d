import type { PendingMigration } from './importColleagueDataset';

/** Where main keeps the migrations an import opened until the user resolves them in review. */
export interface MigrationDesk {
  /** A fresh id for the next migration. */
  nextId(): string;
  add(migration: PendingMigration): void;
  get(migrationId: string): PendingMigration | undefined;
  delete(migrationId: string): void;
}

/** One desk per window session, shared by Import… (which opens migrations) and review (which resolves them). */
export function createMigrationDesk(): MigrationDesk {
  const pending = new Map<string, PendingMigration>();
  let count = 0;
  return {
    nextId: () => `migration-${++count}`,
    add: (migration) => void pending.set(migration.view.migrationId, migration),
    get: (migrationId) => pending.get(migrationId),
    delete: (migrationId) => void pending.delete(migrationId),
  };
}
