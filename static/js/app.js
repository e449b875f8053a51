// Site-wide progressive enhancements; every page works without this file.
"use strict";
