import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES } from "@/lib/auth/policy";

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }));

export const passwordSchema = z
  .string({ error: "is required" })
  .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters` });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "is required" }),
});

/** A new admin account, from `npm run admin:create` or the users page. */
export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: "is required" }).max(120),
  password: passwordSchema,
  role: roleSchema,
});

export type NewUserInput = z.infer<typeof newUserSchema>;
