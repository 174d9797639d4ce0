-- AlterEnum
ALTER TYPE "SignalKind" ADD VALUE 'reported_users';
