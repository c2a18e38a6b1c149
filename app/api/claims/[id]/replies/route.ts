import { threadRoutes } from "../../../replies/thread-routes";

/** A claim's discussion in a room (`?room=`): read it, or reply. */
export const { GET, POST } = threadRoutes("claim");
