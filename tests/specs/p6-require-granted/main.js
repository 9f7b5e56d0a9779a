console.log(require('../secret.json').secret);
