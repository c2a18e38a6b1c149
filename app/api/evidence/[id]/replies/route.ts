import { threadRoutes } from "../../../replies/thread-routes";

/** An evidence item's discussion (in the item's room): read it, or reply. */
export const { GET, POST } = threadRoutes("evidence");
