import type { Db } from '@tt/db/database';
import { englishErrorMessage } from '@tt/shared/error-messages';
import express, { type Router } from 'express';
import { unsubscribeAlerts } from '../features/saved-searches/alert-unsubscribe.service.js';

// One-click unsubscribe (RFC 8058): a mail client that offers "unsubscribe" for an alert POSTs
// `List-Unsubscribe=One-Click` to the address of the List-Unsubscribe header, which is also the link in the e-mail.
// Opening that address (a GET) shows the web app's page, which changes nothing until its button is pressed: mail
// scanners that follow links never unsubscribe anyone. No cookie is read: the signed token is the proof.
//   POST /unsubscribe?token=…   (and /it/unsubscribe?token=…)
//   200 "Alerts switched off." · 400 an invalid token · 404 its searches are deleted

export function unsubscribeRoute(options: { db: Db; signingSecret: string }): Router {
  const router = express.Router();
  router.post(['/unsubscribe', '/:language/unsubscribe'], async (req, res, next) => {
    if (req.params.language !== undefined && req.params.language !== 'it') return next();
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const result = await unsubscribeAlerts(options.db, options.signingSecret, token);
    if (result.ok) {
      res.status(200).type('text/plain').send('Alerts switched off.');
      return;
    }
    const error = result.errors[0]!;
    res
      .status(error.code === 'SAVED_SEARCH_GONE' ? 404 : 400)
      .type('text/plain')
      .send(englishErrorMessage(error.code, error.params));
  });
  return router;
}
