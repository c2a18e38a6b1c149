// The watcher ends a class-room stream when its reader stops being a member of the class.
import { describe, expect, it } from "vitest";
import { createClass, joinWithCode, removeStudent } from "@/lib/classes";
import { Subscriber } from "@/lib/live/subscriber";
import { follow, roomWatcher } from "@/lib/live/watcher";
import { makeViewers } from "../support/accounts";

describe("class-room streams", () => {
  it("end within a tick of the reader's removal; other members' streams go on", async () => {
    const [teacher, student] = await makeViewers(2, "live-member");
    const klass = await createClass(teacher!, { name: "Live", anonymous: false });
    await joinWithCode(student!, klass.joinCode!);
    const room = { id: klass.rooms[0]!.id, classId: klass.id };
    const open = (userId: string) => {
      const received: string[] = [];
      const subscriber = new Subscriber(
        {
          write: (c) => received.push(new TextDecoder().decode(c)),
          queued: () => 0,
          end: () => {},
        },
        userId,
      );
      return { subscriber, received };
    };
    const mine = open(student!.id);
    const theirs = open(teacher!.id);
    await follow(room, mine.subscriber);
    await follow(room, theirs.subscriber);
    expect(mine.received.join("")).toContain("event: tally");
    expect(roomWatcher.count).toBe(2);

    await removeStudent(teacher!, klass.id, student!.id);
    await expect.poll(() => mine.subscriber.ended, { timeout: 2000 }).toBe(true);
    expect(theirs.subscriber.ended).toBe(false);
    expect(roomWatcher.count).toBe(1);
    theirs.subscriber.end();
    expect(roomWatcher.count).toBe(0);
  });
});
