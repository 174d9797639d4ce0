"use server";

import { withAdmin } from "@/lib/admin/action";
import * as users from "@/lib/admin/users/manage-users";

export const addUser = withAdmin(users.addUser);
export const changeRole = withAdmin(users.changeRole);
export const removeUser = withAdmin(users.removeUser);
