/**
 * Who may do what, written once: the one-time-password gate (actor), class membership and
 * roles (members), who moderates a room (moderators) and who sees whom under which name
 * (pseudonyms). Every read and write of the data layer asks here (decision 0027).
 */
export { actingUser, MUST_CHANGE_PASSWORD } from "./actor";
export {
  assertCanReadRoom,
  memberRole,
  requireMember,
  requireStudentOf,
  requireTeacher,
  roleIn,
  type ClassRole,
} from "./members";
export { assertAdmin, assertModerator, canModerate } from "./moderators";
export {
  classmateIdentities,
  FORMER_MEMBER,
  identityOf,
  shownPseudonym,
  type Identity,
} from "./pseudonyms";
