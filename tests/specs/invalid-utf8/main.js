console.log("aÿb".length);
