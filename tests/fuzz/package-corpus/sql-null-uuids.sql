UPDATE students SET uuid = NULL, modified = 'yesterday';
UPDATE goals SET uuid = (SELECT uuid FROM entries LIMIT 1);
