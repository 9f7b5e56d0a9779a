require('../secret.json');
