"use server";

import { withAdmin } from "@/lib/admin/action";
import { confirmImport, previewImport } from "@/lib/admin/catalogue/import-form";

export const previewCatalogueImport = withAdmin(previewImport);
export const applyCatalogueImport = withAdmin(confirmImport);
