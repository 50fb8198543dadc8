export const id = 661;
export const ids = [661];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(788);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4813);
/** The post step (`runs.post`, `post-if: success()`): save the blob cache when main restored it and changed it. */


async function post() {
    // `cache: false` (the post step gets the same inputs as main): never touch the cache service, whatever the state says.
    if (/^(false|False|FALSE)$/.test((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(process.env, 'cache'))) {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runner */ .l.debug('cache: false; nothing to save.');
        return;
    }
    if (!process.env.STATE_wasm_oci_cache) {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runner */ .l.debug('No blob cache state from the main step; nothing to save.');
        return;
    }
    const cache = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(691), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 9583));
    const result = await cache.saveBlobCache();
    _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runner */ .l.info(`Blob cache: ${result.outcome}${result.saved ? ` (saved as ${result.key})` : ''}`);
}


/***/ })

};
