// BACKCHANNEL_DEBUG=rules,merge,layout,neo4j,heap: the stages named there log what they do on stderr.
export const debugOn = (topic: string): boolean => (process.env.BACKCHANNEL_DEBUG ?? "").split(",").includes(topic);
