import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldChange } from "../diff";
import { readAuditDiff } from "./read";

export const AUDIT_PAGE_SIZE = 50;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The audit page's URL state; anything unreadable is dropped rather than refused. */
export function auditFilters(params: Record<string, string | string[] | undefined>) {
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(first(params.page) ?? 1);
  return { tool: first(params.tool), editor: first(params.editor), page };
}

export type AuditFilters = ReturnType<typeof auditFilters>;

export type AuditEntryView = {
  id: number;
  at: string;
  actorEmail: string;
  action: string;
  entityType: string;
  entityId: string | null;
  tool: { slug: string; name: string } | null;
  fromVersion?: number;
  toVersion?: number;
  changes: FieldChange[];
};

export async function listAuditEntries(filters: AuditFilters) {
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.tool && { tool: { slug: filters.tool } }),
    ...(filters.editor && { actorEmail: filters.editor }),
  };
  const [rows, total] = await Promise.all([
    db().auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { tool: { select: { slug: true, name: true } } },
    }),
    db().auditLog.count({ where }),
  ]);
  const entries: AuditEntryView[] = rows.map((row) => ({
    id: row.id,
    at: row.createdAt.toISOString(),
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    tool: row.tool,
    ...readAuditDiff(row.diff),
  }));
  return { entries, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The tools and editors the filters offer: everyone who ever made a change, every tool. */
export async function auditFilterChoices() {
  const [tools, editors] = await Promise.all([
    db().tool.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db().auditLog.findMany({ distinct: ["actorEmail"], select: { actorEmail: true }, orderBy: { actorEmail: "asc" } }),
  ]);
  return { tools, editors: editors.map((row) => row.actorEmail) };
}
