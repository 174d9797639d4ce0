import { z } from "zod";

// Every response schema registered here becomes a named component of the
// OpenAPI document (components.schemas), referenced by $ref wherever it is used.

/** Schemas that the OpenAPI document lists under components.schemas, by id. */
export const apiComponents = z.registry<{ id: string }>();

export const component = <T extends z.ZodType>(schema: T, id: string, description: string): T => {
  const described = schema.meta({ description });
  apiComponents.add(described, { id });
  return described;
};
