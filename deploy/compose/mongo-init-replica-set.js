// Initiates the replica set rs0 of compose's three mongod containers (compose's mongo-init runs it with
// mongosh against mongo-1), then waits for a primary, so that the services, which start after this
// container exits 0, find a member to write to. A second run finds the set initiated and only waits.
const replicaSet = {
  _id: 'rs0',
  members: [
    // mongo-1 is preferred as primary only to make the logs easier to follow
    { _id: 0, host: 'mongo-1:27017', priority: 2 },
    { _id: 1, host: 'mongo-2:27017', priority: 1 },
    { _id: 2, host: 'mongo-3:27017', priority: 1 },
  ],
};

try {
  rs.status();
  print('replica set rs0 is already initiated');
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  rs.initiate(replicaSet);
  print('replica set rs0 initiated');
}

const deadline = Date.now() + 120 * 1000;
for (;;) {
  const primary = rs.status().members.find((member) => member.stateStr === 'PRIMARY');
  if (primary) {
    print(`replica set rs0 has its primary: ${primary.name}`);
    break;
  }
  if (Date.now() > deadline) {
    throw new Error('replica set rs0 has no primary after 120 s');
  }
  sleep(1000);
}
