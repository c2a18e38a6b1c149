/**
 * How an author appears to a reader. Not server-only: the pages' client islands show names too
 * (components/person-name.tsx), and must tell "former member" from a name to translate it.
 */
export type Identity = { id: string; name: string };

/** How an author who has left (an anonymous class, or Agora) appears: no name, no id to link. */
export const FORMER_MEMBER: Identity = { id: "former-member", name: "Former member" };

export const isFormerMember = (person: Identity) => person.id === FORMER_MEMBER.id;
