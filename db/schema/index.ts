export * from "./enums";
export * from "./users";
export * from "./debates";
export * from "./rooms";
export * from "./classes";
export * from "./moderation";
export * from "./health";
export * from "./stances";
