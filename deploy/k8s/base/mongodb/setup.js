// Replica set and least-privilege users for the suite (run by the renewal-mongodb-setup job with mongosh).
const env = process.env;
const members = env.MONGO_MEMBERS.split(',');
const auth = encodeURIComponent(env.MONGO_ROOT_USERNAME) + ':' + encodeURIComponent(env.MONGO_ROOT_PASSWORD);

function until(what, test) {
  for (let i = 0; i < 120; i++) {
    try { if (test()) return; } catch (e) { print(what + ': ' + e.message); }
    sleep(5000);
  }
  throw new Error('gave up waiting for ' + what);
}

// 1. the replica set, once: connect to the first member directly
let first;
until('first member', () => { first = connect('mongodb://' + auth + '@' + members[0] + '/admin?directConnection=true'); return true; });
let initiated = true;
try { first.adminCommand({ replSetGetStatus: 1 }); } catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
  initiated = false;
}
if (!initiated) {
  first.adminCommand({ replSetInitiate: { _id: env.MONGO_REPLICA_SET, members: members.map((host, i) => ({ _id: i, host })) } });
  print('replica set ' + env.MONGO_REPLICA_SET + ' initiated with ' + members.length + ' member(s)');
}

// 2. through the replica set (the primary): each service's user, readWrite on its own database only
let admin;
until('a primary', () => {
  admin = connect('mongodb://' + auth + '@' + members.join(',') + '/admin?replicaSet=' + env.MONGO_REPLICA_SET);
  return admin.hello().isWritablePrimary;
});
for (const service of env.MONGO_SERVICES.split(',')) {
  const password = env['PASSWORD_' + service.toUpperCase().replace(/-/g, '_')];
  const roles = [{ role: 'readWrite', db: 'renewal-' + service }];
  if (admin.getUser(service)) {
    admin.updateUser(service, { pwd: password, roles });
    print('updated user ' + service);
  } else {
    admin.createUser({ user: service, pwd: password, roles });
    print('created user ' + service);
  }
}
